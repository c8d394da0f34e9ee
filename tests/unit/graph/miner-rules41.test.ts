/**
 * rules41 (docs/miner.md, "rules41"): precision on notes the miner has never seen — common words
 * read as fields only with their owner in sight, headings glossed apart from their section's
 * definition, generic words and clauses that prose and bold rules took for names. Sentences and
 * notes written for this test, not taken from the corpora, each with a look-alike that keeps the
 * reading it had.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { commonFieldWord, ownerUnseen, pathParents } from '../../../src/graph/miner/field-owner.ts';
import { genericProseSubject } from '../../../src/graph/miner/generic-words.ts';
import { glossNames, unglossedInside } from '../../../src/graph/miner/definitions.ts';
import { glossedHeading, notAConcept } from '../../../src/graph/miner/label-rules.ts';
import { headingNamesApart } from '../../../src/graph/miner/heading-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Awaited<ReturnType<typeof graphOf>>) => g.concepts.map((c) => c.title);

describe('field-owner: a common word is a field only where its owner is in sight', () => {
  it('knows common words from names', () => {
    expect(commonFieldWord('controller')).toBe(true);
    expect(commonFieldWord('system')).toBe(true);
    expect(commonFieldWord('ip')).toBe(true);
    expect(commonFieldWord('terminationGracePeriodSeconds')).toBe(false);
    expect(commonFieldWord('podCIDR')).toBe(false);
  });

  it('lists the fields a path passes through, roots aside', () => {
    expect(pathParents('metadata.ownerReferences[].controller')).toEqual(['ownerReferences']);
    expect(pathParents('spec.type')).toEqual([]);
    expect(pathParents('spec.template.spec.containers[].env')).toEqual(['containers']);
  });

  it('a guessed place needs its parent field named in the note', () => {
    const none = () => false;
    expect(ownerUnseen('controller', 'api-field', 'metadata.ownerReferences[].controller', none)).toBe(true);
    expect(ownerUnseen('controller', 'api-field', 'metadata.ownerReferences[].controller', (w) => w === 'ownerReferences')).toBe(false);
    // a field at a kind's top needs nothing more; a place written out is no guess
    expect(ownerUnseen('type', 'api-field', 'spec.type', none)).toBe(false);
    expect(ownerUnseen('system', 'api-field-path', 'spec.volumes[].scaleIO.system', none)).toBe(false);
    expect(ownerUnseen('maxSurge', 'api-field', 'spec.strategy.rollingUpdate.maxSurge', none)).toBe(false);
  });

  it('a cloud’s controller in prose is not the owner reference’s flag; with ownerReferences shown it is read as before', async () => {
    const g = await graphOf(
      '# 云上的负载均衡',
      '',
      '## 谁来建 LB',
      '',
      '托管集群里，这件事不归 kube-controller-manager 管。它是一个独立的 controller，跑在云厂商那边，看到 Service 就去调云 API。',
      '',
      '后来我又看了一遍，这个 controller 只认带注解的 Service。',
    );
    expect(g.concepts.filter((c) => c.kind === 'field').map((c) => c.title)).not.toContain('controller');
  });

  it('a heading part after a colon that no kind places is no field and warns about nothing', async () => {
    const g = await graphOf('# 节点池', '', '## 阿里云：system / user 节点池', '', 'system 池跑系统组件，user 池跑业务，两种池可以分别扩缩容。', '');
    expect(g.concepts.filter((c) => c.kind === 'field')).toEqual([]);
    expect((g.diagnostics ?? []).filter((d) => /system/.test(d.message ?? ''))).toEqual([]);
  });

  it('a heading’s English gloss in parentheses is not read as a field of no kind', async () => {
    const g = await graphOf('# 代码生成', '', '## 注释标记', '', '### 属性级标记（validation）', '', '写在结构体字段上方，生成 OpenAPI 里的取值约束，比如最小值和枚举。', '');
    expect(g.concepts.filter((c) => c.kind === 'field').map((c) => c.title)).not.toContain('validation');
    expect((g.diagnostics ?? []).filter((d) => /validation/.test(d.message ?? ''))).toEqual([]);
  });
});

describe('headings said apart from their section’s definition', () => {
  it('a glossed heading whose name the text sets to work is not the path the section opens with', () => {
    const body = '**endpoint controller** 负责把 Service 选中的 Pod 写进 `status.podIPs` 对应的端点里。';
    // (rules40's `component` shape, read first since the merge, says so too: a component by its sort)
    expect(headingNamesApart('Endpoint controller（端点控制器）', ['podIPs', 'status.podIPs'], body)).toMatch(/^(?:component|defined-apart)$/);
    // the opener glossed with the heading's name stays its other name
    expect(headingNamesApart('回收策略', ['persistentVolumeReclaimPolicy'], '`persistentVolumeReclaimPolicy`（回收策略）决定 PV 释放后怎么处理。')).toBeUndefined();
  });

  it('an English name ending on a sort, glossed with its Chinese sort, is a glossed name', () => {
    expect(glossedHeading('Lease controller（租约控制器）')).toEqual({ core: 'Lease controller', gloss: '租约控制器' });
    expect(glossedHeading('Admission plugin（准入插件）')).toEqual({ core: 'Admission plugin', gloss: '准入插件' });
    // a phrase glossed with a remark is still no name
    expect(glossedHeading('Common mistakes（常见错误）')).toBeUndefined();
    // a sort glossed with a Chinese word of another sort is not read this way
    expect(glossedHeading('quota controller（配额）')).toBeUndefined();
  });
});

describe('glosses inside a name and after a naming word', () => {
  it('drops the word that introduces another name', () => {
    expect(glossNames('下文简称 RS')).toEqual(['RS']);
    expect(glossNames('简称 ipvs')).toEqual(['ipvs']);
    expect(glossNames('也叫 L4 负载均衡')).toEqual(['L4 负载均衡']);
    expect(glossNames('全称 Pod Disruption Budget，中断预算')).toEqual(['Pod Disruption Budget', '中断预算']);
  });

  it('joins the words around a gloss inside a name', () => {
    expect(unglossedInside('xdp（eXpress Data Path）程序')).toBe('xdp 程序');
    expect(unglossedInside('隧道（overlay）网络')).toBe('隧道网络');
    expect(unglossedInside('BGP（Border Gateway Protocol）peer')).toBe('BGP peer');
    // a gloss at the end is no gloss inside
    expect(unglossedInside('隧道网络（overlay）')).toBe('隧道网络（overlay）');
  });

  it('a bold label with a gloss inside names the whole name', async () => {
    const g = await graphOf('# 数据面', '', '## 挂载点', '', '- **xdp（eXpress Data Path）程序**：挂在网卡驱动层，包还没进协议栈就能丢弃。', '- **隧道（overlay）网络**：节点之间再包一层 UDP。', '');
    expect(titles(g)).toEqual(expect.arrayContaining(['xdp 程序', '隧道网络']));
    expect(titles(g).filter((t) => /[（(]/u.test(t))).toEqual([]);
  });
});

describe('generic words and clauses are no names', () => {
  it('reads bare action and position words as words', () => {
    for (const w of ['恢复', '回滚', '底层', '后者', '网关侧', '客户端这边']) expect(genericProseSubject(w)).toBe(true);
    for (const w of ['服务发现', '级联删除', '滚动更新', '侧车', '侧']) expect(genericProseSubject(w)).toBe(false);
  });

  it('a bare verb or a side opening a copula in prose makes no term', async () => {
    const g = await graphOf(
      '# 快照与恢复',
      '',
      '## 操作',
      '',
      '快照是卷在某个时间点的拷贝。恢复就是新建一个 PVC，让它的 `dataSource` 指向快照。恢复之后记得核对数据。',
      '',
      '客户端侧（Envoy）会重试一次，底层就是普通的 HTTP 重试。底层的连接池也要调短超时。',
      '',
    );
    expect(titles(g)).not.toEqual(expect.arrayContaining(['恢复']));
    expect(titles(g).filter((t) => ['恢复', '底层', '客户端侧'].includes(t))).toEqual([]);
  });

  it('a preposition of manner, its object and a verb make a clause', () => {
    expect(notAConcept('按 Deployment 去滚')?.name).toBe('clause');
    expect(notAConcept('按照顺序重建')?.name).toBe('clause');
    expect(notAConcept('按需扩容')).toBeUndefined();
  });

  it('a rubric word alone in bold announces the name after its colon', async () => {
    const g = await graphOf('# 组件', '', '## 控制面', '', '**术语**：kube-scheduler —— 给还没绑定节点的 Pod 挑一个节点的组件。', '');
    expect(titles(g)).toContain('kube-scheduler');
    expect(titles(g)).not.toContain('术语');
    const h = await graphOf('# 组件', '', '## 控制面', '', '**概念**', '', '- **kube-scheduler**：给 Pod 挑节点。', '');
    expect(titles(h)).toContain('kube-scheduler');
    expect(titles(h)).not.toContain('概念');
  });

  it('a cluster component named in passing among others is not explained', async () => {
    const g = await graphOf(
      '# 配置对象',
      '',
      '## ConfigMap',
      '',
      'ConfigMap 存的是非敏感配置，存在 etcd 里：kubelet 只把它下发到用到它的节点，改了以后要等 `kubectl rollout restart` 才生效。',
      '',
    );
    expect(titles(g)).not.toContain('kubelet');
  });
});
