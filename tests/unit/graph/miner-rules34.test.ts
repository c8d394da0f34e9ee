/**
 * rules34 (docs/miner.md, "rules34"): names a longer heading presents — a Chinese name glossed in
 * English before a facet or a question, an English name closing a question or a clause, a name
 * spelt as code after a project's name or before a facet. Notes written for this test, not taken
 * from the corpora, each with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { PRESENT_SHAPES, headingPresents } from '../../../src/graph/miner/heading-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Graph) => g.concepts.map((c) => c.title);

describe('headingPresents: the shapes, each with its example and look-alike', () => {
  it.each(PRESENT_SHAPES.map((s) => [s.name, s]))('%s', (_name, shape) => {
    expect(headingPresents(shape.example).map((p) => p.label)).toEqual(shape.gives);
    expect(headingPresents(shape.lookAlike).filter((p) => p.shape === shape.name)).toEqual([]);
  });
});

describe('headingPresents: glossed-lead', () => {
  it.each([
    ['### Q7：熔断（circuit breaking）是怎么生效的？', '熔断（circuit breaking）'],
    ['2.3 限流（rate limiting）的几个参数', '限流（rate limiting）'],
    // after a conjunction, each glossed name
    ['重试（retry）与超时（timeout）', '重试（retry）'],
  ])('%s → %s', (title, name) => {
    expect(headingPresents(title).map((p) => p.label)).toContain(name);
  });

  it.each([
    // only the glossed name: label-rules.ts glossedHeading reads it
    '4.2 熔断（circuit breaking）',
    // a phrase's end after a genitive
    '集群里的日志（cluster logs）怎么看',
    // after a Latin word, the Chinese is part of a mixed name (`Pod 开销`)
    'Sidecar 注入（injection）的时机',
    // a remark, an identifier or a kind as the gloss: another name of an API thing, or no name
    '命令速查（exam）一览',
    '扩缩配置（scalingPolicy）怎么写',
    '事件（Event）是排障起点',
    // a relation of the name with another: asks about both, none alone
    'Q3：熔断（circuit breaking）和限流有什么区别？',
  ])('%s → none', (title) => {
    expect(headingPresents(title).filter((p) => p.shape === 'glossed-lead')).toEqual([]);
  });
});

describe('headingPresents: glossed-tail', () => {
  it('an English name of two words closing a clause or a question', () => {
    expect(headingPresents('Q3：为什么一个节点挂了会拖垮全部副本（single point of failure）？').map((p) => p.label)).toEqual(['single point of failure']);
    expect(headingPresents('3 月 2 日：所有 Pod 同时重启的原因（thundering herd）').map((p) => p.label)).toEqual(['thundering herd']);
  });

  it.each([
    // one word: a value's or a field's spelling
    '第二天：Pod 被驱逐（Evicted）',
    'Pod 的状态（phase）',
    // a name of its own glossed, not a clause
    '回滚演练清单（Rollback Drill Checklist）',
    // a question asking about the name glossed: question-subjects.ts reads it
    'Q2：什么是服务网格（service mesh）？',
    // a comparison of two things
    '3 月 9 日：两种写法的差别（push vs pull）',
  ])('%s → none', (title) => {
    expect(headingPresents(title).filter((p) => p.shape === 'glossed-tail')).toEqual([]);
  });
});

describe('headingPresents: code-name', () => {
  it.each([
    ['### 5.1 Linkerd proxyInit', ['proxyInit']],
    ['4.3 warmupWindow 常用几个参数', ['warmupWindow']],
    ['3.2 `circuitBreaker.mode` 的几种取值', ['circuitBreaker.mode']],
    ['## 5. outlierPolicy=Strict：最严格的剔除', ['outlierPolicy=Strict']],
    ['2.1 connectTimeout 与 idleTimeout', ['connectTimeout', 'idleTimeout']],
  ])('%s', (title, names) => {
    expect(headingPresents(title).filter((p) => p.shape === 'code-name').map((p) => p.label)).toEqual(names);
  });

  it.each([
    // a proper name with a capital inside after one letter, a file, a flag, a URL path
    'gRPC 与 eBPF 的关系',
    '配置 kube-proxy.yaml 里的参数',
    '--maxPods 参数',
    '访问 /api/someThing 接口',
    // no identifier at all
    '3.2 Envoy 排空策略的几种写法',
  ])('%s → none', (title) => {
    expect(headingPresents(title).filter((p) => p.shape === 'code-name')).toEqual([]);
  });
});

describe('mining: a name a longer heading presents is a concept of the note', () => {
  it('a glossed name before a question', async () => {
    const g = await mine(
      '# 服务网格笔记',
      '',
      '### Q2：熔断（circuit breaking）是怎么生效的？',
      '',
      '连续失败达到阈值之后，代理在一段时间内不再把请求发给那个实例，过一会儿再放少量请求试探。',
    );
    // (a glossed name keeps its gloss in its title, as a glossed heading's does: `席位（Seat）`)
    const c = g.concepts.find((x) => x.title === '熔断（circuit breaking）');
    expect(c?.kind).toBe('term');
  });

  it('look-alike: a glossed phrase after a genitive stays unread', async () => {
    const g = await mine(
      '# 日志笔记',
      '',
      '## 集群里的日志（cluster logs）怎么看',
      '',
      '先看节点上的目录，再看采集器有没有把它们送出去。',
    );
    expect(titles(g)).not.toContain('日志');
    expect(titles(g)).not.toContain('cluster logs');
  });

  it('an English name closing a question', async () => {
    const g = await mine(
      '# 发布踩坑',
      '',
      '### Q4：为什么所有副本同时去拉配置会把配置中心打挂（thundering herd）？',
      '',
      '缓存同时过期，所有客户端在同一秒回源，请求量瞬间放大几十倍。',
    );
    expect(g.concepts.find((x) => x.title === 'thundering herd')?.kind).toBe('term');
  });

  it("a project's field after the project's name, and one before a facet", async () => {
    const g = await mine(
      '# Linkerd 速查',
      '',
      '### 5.1 Linkerd proxyInit',
      '',
      '在应用容器启动前改写 iptables 规则，把进出流量都导到代理上。',
      '',
      '### 5.2 warmupWindow 常用几个参数',
      '',
      '- 重试占正常请求的比例上限；',
      '- 每秒最少允许的重试次数。',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['proxyInit', 'warmupWindow']));
  });

  it('look-alike: a key set to a value whose key is no field makes no term of the key', async () => {
    const g = await mine(
      '# 配置笔记',
      '',
      '## 3. listMode=strict：严格模式',
      '',
      '列表里的每一项都必须带键，否则整个对象被拒绝。',
    );
    expect(titles(g)).not.toContain('listMode');
    expect(titles(g)).not.toContain('listMode=strict');
  });
});
