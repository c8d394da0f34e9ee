/**
 * rules22 (docs/miner.md, "rules22"): a list of a counted sort of named values (`两种模式的区别：`)
 * defines each value its items open with; a field whose definition says two kinds have it is
 * explained at both; one field of one type at several kinds is no ambiguity. Notes written for
 * this test, not taken from the corpora, with look-alikes that must not change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { listRole } from '../../../src/graph/miner/definitions.ts';
import { jointPlaces } from '../../../src/graph/miner/field-place.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titled = (g: Graph, title: string) => g.concepts.filter((c) => c.title === title).map((c) => `${c.kind}|${c.owner ?? ''}|${c.fieldPath ?? ''}`);

describe('listRole: a counted sort of named values', () => {
  it.each([
    ['三种动作的定义：', undefined],
    ['两种模式的区别：', undefined],
    ['这两个取值的含义：', undefined],
    ['4 种级别的说明：', undefined],
    // a facet of one thing, ways and steps are unchanged
    ['这个字段的特点：', 'attributes'],
    ['这种模式的缺点：', 'attributes'],
    ['三种方式：', 'ways'],
  ])('%s → %s', (lead, role) => {
    expect(listRole(lead)).toBe(role);
  });

  it('defines the values the items of such a list open with in bold', async () => {
    const g = await mine(
      '# 日志采集器的投递',
      '',
      '采集器往下游发日志时，可以选投递语义。两种模式的区别：',
      '',
      '- **AtMostOnce**：发出去就不管，丢了也不重发，吞吐最高；',
      '- **AtLeastOnce**：等下游确认，超时就重发，可能重复。',
    );
    expect(titled(g, 'AtMostOnce')).toEqual(['term||']);
    expect(titled(g, 'AtLeastOnce')).toEqual(['term||']);
  });

  it('leaves the items of a list of one thing\'s facets alone', async () => {
    const g = await mine(
      '# 日志采集器的投递',
      '',
      '至少一次投递是默认的。这种模式的缺点：',
      '',
      '- **重复**：下游要自己去重；',
      '- **延迟**：等确认会慢一点。',
    );
    expect(titled(g, '重复')).toEqual([]);
    expect(titled(g, '延迟')).toEqual([]);
  });
});

describe('jointPlaces: the kinds a field\'s definition joins', () => {
  const show = (s: string, name: string) => jointPlaces(s, name).map((f) => `${f.owner}:${f.path}`);
  it.each([
    ['Secret 与 ConfigMap 都有这个字段', 'immutable', ['Secret:immutable', 'ConfigMap:immutable']],
    ['PV 的 `spec.mountOptions` 和 StorageClass 顶层都能写', 'mountOptions', ['PersistentVolume:spec.mountOptions', 'StorageClass:mountOptions']],
    ['把 Secret 或 ConfigMap 锁成只读', 'immutable', ['Secret:immutable', 'ConfigMap:immutable']],
  ])('%s (%s) → %j', (s, name, expected) => {
    expect(show(s, name)).toEqual(expected);
  });

  it.each([
    // more than a place between the kinds: a clause, not two places of one field
    ['Secret 挂进 Pod 以后和 ConfigMap 一样', 'immutable'],
    // a kind that lacks the field
    ['Deployment 和 ConfigMap 都能用', 'immutable'],
    // one kind only
    ['ConfigMap 的这个字段', 'immutable'],
  ])('%s (%s) → none', (s, name) => {
    expect(show(s, name)).toEqual([]);
  });
});

describe('a field whose definition says two kinds have it', () => {
  it('is explained at both kinds', async () => {
    const g = await mine(
      '# 配置只读',
      '',
      '**immutable**：Secret 与 ConfigMap 都有这个字段，设成 true 以后内容就不能再改，只能删掉重建。',
    );
    expect(titled(g, 'immutable').sort()).toEqual(['field|ConfigMap|immutable', 'field|Secret|immutable']);
  });

  it('is explained at one kind when the sentence names only that kind', async () => {
    const g = await mine(
      '# 配置只读',
      '',
      '**immutable**：Secret 的这个字段设成 true 以后内容就不能再改，只能删掉重建。',
    );
    expect(titled(g, 'immutable')).toEqual(['field|Secret|immutable']);
  });
});

describe('one field of one type at several kinds', () => {
  const fragment = ['```yaml', 'filters:', '- type: RequestHeaderModifier', '  requestHeaderModifier:', '    add:', '    - name: x-env', '      value: canary', '```'];

  it('is the field of a kind the note names, with no ambiguity warning', async () => {
    const g = await mine('# 路由过滤器', '', 'HTTPRoute 和 GRPCRoute 的规则里都能挂过滤器。', '', ...fragment, '', '`add`：在请求头里追加一项，已有的同名头保留。');
    const add = g.concepts.filter((c) => c.title === 'add');
    expect(add.map((c) => `${c.kind}|${c.fieldPath}`)).toEqual(['field|spec.rules[].filters[].requestHeaderModifier.add']);
    expect(['HTTPRoute', 'GRPCRoute']).toContain(add[0]!.owner);
    expect(g.diagnostics.some((d) => d.code === 'ambiguous-field')).toBe(false);
  });

  it('stays ambiguous when the kinds hold the name in fields of different types', async () => {
    // (a Service's `ports` and a container's are two fields: the note names neither kind)
    const g = await mine('# 端口笔记', '', '**ports**：要开放的端口列表。');
    expect(titled(g, 'ports').every((t) => t.split('|')[1] === '')).toBe(true);
  });
});

describe('a Chinese phrase set off by a colon after a heading\'s main part', () => {
  it.each([
    // a diary's date, a rubric, a name: what follows the colon says what happened or what the section does
    ['## 6 月 2 日：头回扩容就卡住', '头回扩容就卡住'],
    ['## istio-proxy：拦截出站流量', '拦截出站流量'],
    ['## 考点 7：回滚版本', '回滚版本'],
  ])('%s makes no term %s', async (heading, phrase) => {
    const g = await mine('# 运维日记', '', heading, '', '那天先看了事件，再看日志，最后发现是配额不够，调大以后就好了。');
    expect(titled(g, phrase)).toEqual([]);
  });

  it('still reads a Latin name or a known name set off, and the name after a question', async () => {
    const latin = await mine('# 运维日记', '', '## 6 月 2 日：PodDisruptionBudget', '', '那天驱逐被拦住了，原因是预算不够。');
    expect(titled(latin, 'PodDisruptionBudget')).toEqual(['object||']);
    const asked = await mine('# 节点笔记', '', '## 节点坏了以后 Pod 去哪了？污点驱逐', '', '节点失联以后，控制面给它打上污点，Pod 过一会儿被赶走。');
    expect(titled(asked, '污点驱逐')).toEqual(['term||']);
  });
});

describe('a reader\'s impressions after a name', () => {
  it('is a rubric: the heading is about the name, no term of its own nor another name of it', async () => {
    const g = await mine('# 插件笔记', '', '## node-exporter 读后感', '', '装完以后看了一周的数据，感觉指标很全，就是标签太多，查询要写很长。');
    expect(titled(g, 'node-exporter 读后感')).toEqual([]);
    const defined = await mine('# 插件笔记', '', '## node-exporter 读后感', '', 'node-exporter 是跑在每个节点上的采集器，把节点的 CPU、内存、磁盘指标暴露给 Prometheus。');
    expect(defined.concepts.some((c) => c.aliases?.includes('node-exporter 读后感'))).toBe(false);
  });
});

describe('a component of the cluster at work', () => {
  it('is not defined by a sentence saying what it does', async () => {
    const g = await mine('# 镜像拉取', '', 'kubelet 会自动按指数退避重试拉镜像，间隔最长五分钟。');
    expect(titled(g, 'kubelet')).toEqual([]);
  });

  it('is defined by a sentence saying what it is, and any other name by what it does', async () => {
    const is = await mine('# 节点组件', '', 'kubelet 是每个节点上的代理，负责把分到本节点的 Pod 跑起来。');
    expect(titled(is, 'kubelet')).toEqual(['term||']);
    const other = await mine('# 镜像拉取', '', 'image-puller 负责按指数退避重试拉镜像，间隔最长五分钟。');
    expect(titled(other, 'image-puller')).toEqual(['term||']);
    // (audit8: what it does by itself, `会自动…`, defines no name either: prose-behaviour removed)
    const itself = await mine('# 镜像拉取', '', 'image-puller 会自动按指数退避重试拉镜像，间隔最长五分钟。');
    expect(titled(itself, 'image-puller')).toEqual([]);
  });

  it('is defined in a paragraph going through the components one by one', async () => {
    const g = await mine(
      '# 控制面组件',
      '',
      'kube-apiserver 是集群唯一的入口，其他组件都只和它说话。kube-scheduler 只管给新 Pod 挑节点。kube-controller-manager 负责跑内置的控制器。',
    );
    expect(titled(g, 'kube-scheduler')).toEqual(['term||']);
  });
});
