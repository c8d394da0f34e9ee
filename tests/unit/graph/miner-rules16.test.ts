/**
 * rules16 (docs/miner.md, "rules16"): the miner's precision on notes it has not read. Shapes that
 * made concepts of words no reader would call one: generic labels numbered as a series, remarks in
 * English, counted phrases, facets of a thing named before 的, clause titles and the genre words of
 * a title, a short noun equated with a plain phrase by 就是, a verb kept at the head of a glossed
 * name, a demonstrative taken as the head of a Latin name, a field path whose value is read off.
 * The labels and sentences are made up for this test; each rule has a look-alike that still passes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { titleNames } from '../../../src/graph/mining.ts';
import { notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { namesGiven } from '../../../src/graph/miner/naming-verbs.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const ruleOf = (label: string) => notAConcept(label)?.name;

describe('labels that name no concept', () => {
  it('a generic label numbered as one of a series', () => {
    for (const l of ['坑 7', '踩坑 12', '坑五', '注意 2', 'Tip 3']) expect(ruleOf(l), l).toBe('numbered-generic');
    // a name that ends on a number stays a name
    for (const l of ['HTTP 2', 'cgroup v2', 'Gateway 2']) expect(ruleOf(l), l).toBeUndefined();
  });

  it('a remark of the writer in English', () => {
    expect(ruleOf('My notes on quotas')).toBe('personal-remark');
    expect(ruleOf('Our rollout checklist')).toBe('personal-remark');
    expect(ruleOf('Memory QoS')).toBeUndefined();
  });

  it('counted phrases: things already named, one of each, the counted parts of a name', () => {
    expect(ruleOf('两者结合')).toBe('quantified');
    expect(ruleOf('每台 ARM 节点')).toBe('quantified');
    expect(ruleOf('reclaimPolicy 的两种取值')).toBe('quantified');
    expect(ruleOf('者')).not.toBe('quantified');
    expect(ruleOf('reclaimPolicy')).toBeUndefined();
  });

  it('a facet of a thing named before 的, or facet words only', () => {
    expect(ruleOf('节点排空的顺序')).toBe('facet-label');
    expect(ruleOf('Secret 和 ConfigMap 的区别')).toBe('facet-label');
    expect(ruleOf('默认值格式')).toBe('facet-label');
    // a name with a genitive whose head is a thing, not an aspect
    expect(ruleOf('节点上的镜像缓存')).toBeUndefined();
    expect(ruleOf('镜像拉取策略')).toBeUndefined();
  });

  it('clauses: a negated verb complement, a restricting modal, a question adverb, two verbs joined by 并', () => {
    for (const l of ['依赖装不下来', '证书续不起来', '卷只能', 'Pod 到底', '拉取镜像并启动']) expect(ruleOf(l), l).toBe('clause');
    expect(ruleOf('并发上限')).toBeUndefined();
  });

  it('a place in the text or the next lesson is no name, a genre noun is generic', () => {
    for (const l of ['下一讲', '上一节', '前面', '下文']) expect(ruleOf(l), l).toBe('sequence-marker');
    expect(ruleOf('命令小抄')).toBe('generic-label');
    expect(ruleOf('讲师点评')).toBe('generic-label');
    expect(ruleOf('检查')).toBe('generic-label');
    expect(ruleOf('下沉')).toBeUndefined();
  });
});

describe('titles', () => {
  it('the genre words of a title are no part of its subject', () => {
    expect(titleNames('存储卷运维手册')[0]).toBe('存储卷');
    expect(titleNames('网络策略踩坑记')[0]).toBe('网络策略');
    expect(titleNames('准入控制清单（自用）')[0]).toBe('准入控制');
    expect(titleNames('调度器速查表')[0]).toBe('调度器');
  });

  it('a title that is a complaint makes no topic of its words', async () => {
    const dir = await contentDir({
      'notes/complaint.md': '# 证书续不起来\n\n**Chart**：打包好的一组模板，`helm install` 把它装成一个 release。\n',
    });
    const g = await loadGraph(dir);
    expect(g.concepts.map((c) => c.title)).not.toContain('证书续不起来');
    expect(g.concepts.some((c) => c.title === 'Chart')).toBe(true);
  });
});

describe('names given in running text', () => {
  it('a demonstrative after a Latin name is not its head', () => {
    const names = namesGiven('告警规则放在 PrometheusRule 里（也就是 monitoring.example.io 这个 API 组）。').map((n) => n.name);
    expect(names.filter((n) => n.includes('这个'))).toEqual([]);
    // a real Chinese head still belongs to the name
    expect(namesGiven('上面那一层叫 upper 目录，可写。').map((n) => n.name)).toContain('upper 目录');
  });
});

describe('definitions in prose', () => {
  const mine = async (body: string) => {
    const dir = await contentDir({ 'notes/n.md': `# 随手记\n\n${body}\n` });
    return (await loadGraph(dir)).concepts.map((c) => c.title);
  };

  it('就是 and a short bare noun equates two things, it defines neither', async () => {
    const titles = await mine('采集器会把日志切成块。切块大小就是页面尺寸，每块单独压缩。切块大小一般不用调。');
    expect(titles).not.toContain('切块大小');
    // with a noun phrase that says what it is, the same phrase is defined
    const defined = await mine('切块大小就是采集器每次写入对象存储的一段日志的字节数上限。切块大小一般不用调。');
    expect(defined).toContain('切块大小');
  });

  it('an acronym said to be an address is given a value, not defined', async () => {
    const titles = await mine('环境：三台机器跑控制面，VIP 是 10.0.0.8~10，端口 6443。');
    expect(titles).not.toContain('VIP');
  });

  it('a verb at the head of a glossed name is not part of the name', async () => {
    const titles = await mine('这个采集器是事实上的标准，采用推（push）模式把数据送到网关。');
    expect(titles).not.toContain('采用推');
    // a name that opens its clause with no verb before it keeps its gloss
    expect(await mine('写时复制（copy-on-write）让多个容器共享同一层，改动时才拷贝。')).toContain('写时复制');
  });

  it('a field path whose value is read off is not explained', async () => {
    const read = await mine('扩容以后 `status.replicas` 还是 3，过一会儿才变。');
    expect(read).not.toContain('replicas');
    const explained = await mine('`status.readyReplicas` 记录已经就绪的副本数，滚动更新时会先变小。');
    expect(explained).toContain('readyReplicas');
  });
});
