/**
 * dups1 (docs/miner.md, "dups1"): one concept per thing. A term a note made under a name it gave
 * another concept, or under the initials of a longer name it defines, or in plain English words that
 * spell a field it defines, is folded into that concept; two names that only share a word stay two
 * things. Names and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { abbreviationGloss, aliasTitle, fieldInWords, glossPaired, initialsTitle, sameThing, type ConceptNames } from '../../../src/graph/miner/same-thing.ts';
import { withoutNamingLead } from '../../../src/graph/miner/definitions.ts';
import { cleanName } from '../../../src/graph/miner/definer.ts';
import { CHINESE_PREDICATE_HEAD, headingTermShape } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const term = (title: string, more: Partial<ConceptNames> = {}): ConceptNames => ({ title, aliases: [], kind: 'term', ...more });

describe('same-thing: a term under another concept’s other name', () => {
  it('joins a term titled with a name the note gave another concept', () => {
    const field = { title: 'backoffPolicy', aliases: ['退避策略'], kind: 'field', fieldPath: 'spec.backoffPolicy' };
    expect(aliasTitle(term('退避策略'), field)).toBe('退避策略');
    expect(aliasTitle(term('退避策略（Backoff Policy）', { titleZh: '退避策略', titleEn: 'Backoff Policy' }), field)).toBe('退避策略');
    // case and spaces aside, as the index reads names
    expect(aliasTitle(term('tenant'), term('Tenant Boundary', { aliases: ['Tenant'] }))).toBe('Tenant');
  });

  it('takes no single other name of a field spelt as a common word as evidence', () => {
    // (`kind` picked up `集群配置文件` from a gloss around a `kind: Config` line: that file is no field)
    expect(aliasTitle(term('集群配置文件'), { title: 'kind', aliases: ['集群配置文件'], kind: 'field', fieldPath: 'kind' })).toBeUndefined();
  });

  it('joins a Latin word and its Chinese name side by side when both name the concept', () => {
    const field = { title: 'sources', aliases: ['来源列表'], kind: 'field', fieldPath: 'spec.volumes[].projected.sources' };
    expect(aliasTitle(term('sources 来源列表'), field)).toBe('来源列表');
    // (a Latin word that is no name of it: another thing with the same Chinese words)
    expect(aliasTitle(term('mirrors 来源列表'), field)).toBeUndefined();
  });

  it('keeps apart names that only share a word', () => {
    expect(sameThing(term('cgroup v2'), term('cgroup', { aliases: ['control group'] }))).toBeUndefined();
    expect(sameThing(term('SPIFFE ID'), term('SPIFFE', { aliases: ['secure identity framework'] }))).toBeUndefined();
    expect(sameThing(term('Calico NetworkPolicy'), { title: 'NetworkPolicy', aliases: ['网络策略'], kind: 'object' })).toBeUndefined();
    expect(sameThing(term('Security'), term('Tenant Security', { aliases: ['Tenant Security Boundary'] }))).toBeUndefined();
  });
});

describe('same-thing: an abbreviation and the name it shortens', () => {
  it('reads the initials of words spelt out and of a kind in PascalCase', () => {
    expect(initialsTitle(term('NPD'), term('Node Problem Detector'))).toBe(true);
    expect(initialsTitle(term('PDB'), { title: 'PodDisruptionBudget', aliases: [], kind: 'object' })).toBe(true);
    expect(initialsTitle(term('CRDs'), { title: 'CustomResourceDefinition', aliases: [], kind: 'object' })).toBe(true);
  });

  it('leaves two letters, other letters, and a PascalCase term that is no kind', () => {
    expect(initialsTitle(term('PV'), term('Pod Volume'))).toBe(false);
    expect(initialsTitle(term('NPE'), term('Node Problem Detector'))).toBe(false);
    expect(initialsTitle(term('PDB'), term('PodDisruptionBudget'))).toBe(false);
    expect(initialsTitle(term('Npd'), term('Node Problem Detector'))).toBe(false);
  });

  it('takes an abbreviation a Latin gloss gives', () => {
    expect(abbreviationGloss('KubeVirtManager (KVM)')).toBe('KVM');
    expect(abbreviationGloss('Node Feature Discovery (NFD)')).toBe('NFD');
    expect(abbreviationGloss('AWS Node Termination Handler (AWS NTH)')).toBe('AWS NTH');
    expect(abbreviationGloss('containerd（Docker）')).toBeUndefined();
    expect(abbreviationGloss('Flux (GitOps)')).toBeUndefined();
    expect(abbreviationGloss('Node Feature Discovery (NPD)')).toBeUndefined();
  });

  it('takes the word introducing a name off it', () => {
    expect(withoutNamingLead('简称 NFD')).toBe('NFD');
    expect(withoutNamingLead('又称 边车')).toBe('边车');
    expect(withoutNamingLead('简化版')).toBe('简化版');
  });
});

describe('same-thing: a Chinese and an English name glossing each other', () => {
  it('joins a translation in parentheses, either way round', () => {
    expect(glossPaired('超过这个比例才动手，这个比例叫回退阈值（`backoffThreshold`）。', '回退阈值', 'backoffThreshold')).toBe(true);
    expect(glossPaired('### Lease renewal（租约续期）', '租约续期', 'Lease renewal')).toBe(true);
    expect(glossPaired('# Pod 反亲和（podAntiAffinity）小结', 'Pod 反亲和', 'podAntiAffinity')).toBe(true);
  });

  it('leaves a gloss that names a part or a mode, and a shorter name inside a longer one', () => {
    expect(glossPaired('默认跑在 kube-proxy（ipvs 模式）下。', 'ipvs 模式', 'kube-proxy')).toBe(false);
    expect(glossPaired('它叫回退阈值，和 backoffThreshold 有关。', '回退阈值', 'backoffThreshold')).toBe(false);
    expect(glossPaired('所谓非抢占调度（non-preempting scheduling）就是…', '抢占调度', 'non-preempting scheduling', ['非抢占调度'])).toBe(false);
    expect(glossPaired('两个中文名：回退阈值（退避阈值）。', '回退阈值', '退避阈值')).toBe(false);
    // (case stays: a term glossed `Backoff mode` is not the field `backoffMode`)
    expect(glossPaired('**回退方式（Backoff mode）**：…', '回退方式', 'backoffMode')).toBe(false);
  });
});

describe('same-thing: a field explained under its name in plain words', () => {
  const field = { title: 'shareProcessNamespace', aliases: [], kind: 'field', fieldPath: 'spec.shareProcessNamespace' };
  it('joins lower-case words that spell the field', () => {
    expect(fieldInWords(term('进程命名空间共享', { aliases: ['share process namespace'] }), field)).toBe('share process namespace');
    expect(fieldInWords(term('初始化容器', { aliases: ['init container'] }), { title: 'initContainers', aliases: [], kind: 'field', fieldPath: 'spec.initContainers' })).toBe('init container');
  });

  it('leaves a capitalised feature name and words that spell another field', () => {
    expect(fieldInWords(term('Downward API'), { title: 'downwardAPI', aliases: [], kind: 'field', fieldPath: 'spec.volumes[].downwardAPI' })).toBeUndefined();
    expect(fieldInWords(term('进程命名空间', { aliases: ['process namespace'] }), field)).toBeUndefined();
    expect(fieldInWords(term('共享进程', { aliases: ['share process namespace'] }), term('shareProcessNamespace'))).toBeUndefined();
  });
});

describe('a note’s concepts: one per thing', () => {
  it('folds a bold term into the field its gloss named before', async () => {
    const g = await graphOf(
      '# Job 小记',
      '',
      '想让失败的 Pod 按索引计数，用 `backoffLimitPerIndex`（每索引重试上限）。',
      '',
      'A：打开 **每索引重试上限**，即 `spec.backoffLimitPerIndex`，每个索引各自计数失败次数，互不影响。',
    );
    const named = g.concepts.filter((c) => [c.title, ...(c.aliases ?? [])].some((n) => n === '每索引重试上限'));
    expect(named.length).toBeLessThanOrEqual(1);
  });

  it('folds an abbreviation the note made a term into the name it spells out', async () => {
    const g = await graphOf(
      '# 节点问题检测',
      '',
      'NPD 是一个守护进程，装在每个节点上，盯着内核日志。',
      '',
      '**Node Problem Detector**：一个 DaemonSet，把节点上的内核死锁、文件系统只读等问题报成 Node 的 condition 和 Event。',
    );
    const npd = g.concepts.filter((c) => c.title === 'NPD' || (c.aliases ?? []).includes('NPD'));
    expect(npd.map((c) => c.title)).toEqual(['Node Problem Detector']);
  });

  it('keeps two things that share a word', async () => {
    const g = await graphOf(
      '# cgroup 笔记',
      '',
      '**cgroup**：Linux 内核用来限制进程资源的机制。',
      '',
      '**cgroup v2**：统一层级的新版 cgroup 接口，kubelet 在新发行版上默认使用。',
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('cgroup');
    expect(titles).toContain('cgroup v2');
  });
});

describe('false positives: a rubric inside a learned name, a predicate after a Latin name', () => {
  it('reads the name after a rubric word and its colon, as the bold label rules do', () => {
    expect(cleanName('术语：Fanout')).toBe('Fanout');
    expect(cleanName('概念: 租约续期')).toBe('租约续期');
    // (a rubric word that is the start of a longer name is no rubric)
    expect(cleanName('术语表')).toBe('术语表');
    expect(cleanName('Term Limit：')).toBe('Term Limit');
  });

  it('a Latin name followed by what happens to it is no name of a kind of it', () => {
    expect(headingTermShape('Informer 收不到')).toBeUndefined();
    expect(headingTermShape('Lease 会过期')).toBeUndefined();
    expect(headingTermShape('webhook 怎么配')).toBeUndefined();
    expect(headingTermShape('retryPolicy 两种')).toBeUndefined();
    expect(CHINESE_PREDICATE_HEAD.test('没生效')).toBe(true);
  });

  it('keeps a Latin name with a head noun, even one opening on the same characters', () => {
    expect(headingTermShape('ipvs 模式')?.name).toBe('latin-with-chinese-head');
    expect(headingTermShape('Gateway 会话')?.name).toBe('latin-with-chinese-head');
    expect(headingTermShape('Secret 不可变')?.name).toBe('latin-with-chinese-head');
    expect(headingTermShape('device 插件')?.name).toBe('latin-with-chinese-head');
  });
});
