/**
 * bold6 (docs/miner.md, "bold6"): a bold label that is a name and a clause about it (a comparison, a
 * negation), or a name in code and the sort it is, read as the name. Labels and notes written for
 * this test, each with look-alikes that keep their reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { BOLD_NAME_SHAPES, boldLabelName } from '../../../src/graph/miner/bold-name-clauses.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

describe('BOLD_NAME_SHAPES: the name inside a bold label', () => {
  it('has the three shapes, each with its name in group 1', () => {
    expect(BOLD_NAME_SHAPES.map((s) => s.name)).toEqual(['compare', 'negate', 'code-head']);
  });

  it.each([
    ['和 nodeAffinity 比：', 'nodeAffinity', 'compare'],
    ['跟 ReplicaSet 相比', 'ReplicaSet', 'compare'],
    ['与 Headless Service 对比：', 'Headless Service', 'compare'],
    ['PodDisruptionBudget 不等于高可用', 'PodDisruptionBudget', 'negate'],
    ['Lease 并不是锁：', 'Lease', 'negate'],
    ['readinessProbe 不完全等于健康检查', 'readinessProbe', 'negate'],
  ])('%s names %s (%s)', (label, name, shape) => {
    expect(boldLabelName(label)).toEqual({ name, shape });
  });

  it('a name set in code before its Chinese head is the name, only when the bold opens with that code', () => {
    expect(boldLabelName('exec.probe 插件：', 'exec.probe')).toEqual({ name: 'exec.probe', shape: 'code-head' });
    expect(boldLabelName('`sidecar.istio.io/inject` 注解', 'sidecar.istio.io/inject')).toEqual({ name: 'sidecar.istio.io/inject', shape: 'code-head' });
    // the same words without code: the head is part of the name (`iptables 模式`, `loop 插件`)
    expect(boldLabelName('exec.probe 插件：')).toBeUndefined();
    expect(boldLabelName('iptables 模式')).toBeUndefined();
    // the code is only part of the name
    expect(boldLabelName('probe 插件', 'exec.probe')).toBeUndefined();
  });

  it.each([
    'force 不会移除 finalizer', // what a flag does, not what a name is
    'DaemonSet 的钱', // a genitive facet
    '和 nodeAffinity 一起用', // no comparison
    'Lease 不', // a negation with nothing after it
    'nodeAffinity 比 nodeSelector 灵活', // a comparison of two names says what one does
  ])('%s gives no name', (label) => {
    expect(boldLabelName(label)).toBeUndefined();
  });
});

const note = (...lines: string[]) => lines.join('\n') + '\n';
const conceptsOf = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  return g.concepts;
};

describe('in a note', () => {
  it('a comparison label explains the name it compares, a negation the name it denies something of', async () => {
    const cs = await conceptsOf(
      '# 调度约束',
      '',
      '**topologySpreadConstraints**：把副本按拓扑域摊开，控制各域之间的差值。',
      '',
      '**和 podAffinity 比：** 亲和只管“要和谁在一起”，摊开的程度它不管。',
      '',
      '**Lease 并不是锁**：它只是一条带续约时间的记录，谁拿到靠的是客户端自己守规矩。',
    );
    const titles = cs.map((c) => c.title);
    expect(titles).not.toContain('和 podAffinity 比');
    expect(titles).not.toContain('Lease 并不是锁');
    expect(cs.find((c) => c.title === 'podAffinity' || c.fieldPath?.endsWith('podAffinity'))).toBeDefined();
    expect(cs.find((c) => c.title === 'Lease')?.kind).toBe('object');
  });

  it('a name in code and its head is the name; the same label without code stays whole', async () => {
    const cs = await conceptsOf(
      '# 组件',
      '',
      '1. **`filter.lua` 组件**：在请求进入应用之前跑一段 Lua 脚本，改写头部或者直接拒绝。',
      '2. **tracing 组件**：把每个请求的调用链上报给收集端。',
    );
    const titles = cs.map((c) => c.title);
    expect(titles).toContain('filter.lua');
    expect(titles).not.toContain('filter.lua 组件');
    expect(titles).toContain('tracing 组件');
  });
});
